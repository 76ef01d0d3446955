## Prämien

rewards-title = Prämien
rewards-description = Die Prämien, gegen die Mitglieder ihre Punkte eintauschen können: Rabatte, Vorabzugang und mehr.
rewards-your-points = Deine Punkte
rewards-yours = Deine Prämien
rewards-history = Punkteverlauf
rewards-empty = Gerade gibt es keine Prämien. Schau bald wieder vorbei.
reward-unlimited = Unbegrenzt
reward-out-of-stock = Vergriffen
reward-left = Noch { $count } verfügbar
reward-until = Bis
reward-min-level = Ab Stufe { $level }
reward-group-only = Nur für die Gruppe { $group }
reward-confirm-question = { $points ->
    [one] { $points } Punkt für „{ $reward }“ einlösen?
   *[other] { $points } Punkte für „{ $reward }“ einlösen?
}
reward-redeem = Einlösen
reward-confirm = Bestätigen
reward-kind-discount = Rabattcode
reward-kind-physical = Sachprämie
reward-kind-early-access = Vorabzugang
reward-kind-experience = Erlebnis
