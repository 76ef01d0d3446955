## webhook_admin
