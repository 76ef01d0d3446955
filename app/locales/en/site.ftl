## site
