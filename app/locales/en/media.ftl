## media
