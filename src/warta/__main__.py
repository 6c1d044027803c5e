from warta.cli import app

app()
