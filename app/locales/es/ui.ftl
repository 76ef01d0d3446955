## ui
