## imports
