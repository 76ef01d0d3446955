## welcome
