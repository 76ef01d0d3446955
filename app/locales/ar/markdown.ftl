## markdown
