## groups
