## webhooks
