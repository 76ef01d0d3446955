## Protokoll (/admin/audit)

audit-title = Protokoll
audit-empty = Noch keine Moderationsaktionen.
# Tabellenbeschriftung für Screenreader.
audit-caption = Moderationsaktionen, neueste zuerst
audit-when = Wann
audit-who = Wer
audit-action = Aktion
# Spalte: Worauf sich die Aktion bezog („user 12“, „post 40“).
audit-on = Ziel
audit-detail = Details
# In der Spalte „Wer“ für eine Aktion über ein API-Token: „Ada Okafor (API-Token „Shop“)“.
audit-via-token = { $name } (API-Token „{ $token }“)
