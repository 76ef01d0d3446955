## notifications
