"""Part-of-speech tagging: Universal Dependencies' UPOS tags for warta's tokens, by a linear
classifier over each word and its neighbours (trained by `warta build pos` on BaPOS and POSP,
their tags mapped by data/pos.toml)."""
