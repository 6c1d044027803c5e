"""Named-entity recognition: a CRF over rich word, gazetteer and root features."""
