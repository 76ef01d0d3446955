## The audit log (/admin/audit)

audit-title = Audit log
audit-empty = No moderation actions yet.
# The table's caption, read by screen readers.
audit-caption = Moderation actions, newest first
audit-when = When
audit-who = Who
audit-action = Action
# Column: what the action was done on ("user 12", "post 40").
audit-on = On
audit-detail = Detail
# In the Who column, for an action done through an API token: "Ada Okafor (API token “Shop”)".
audit-via-token = { $name } (API token “{ $token }”)
