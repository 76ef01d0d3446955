## nps
