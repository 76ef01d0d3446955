## mailroom
