## applications
