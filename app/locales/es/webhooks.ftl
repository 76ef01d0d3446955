## Webhooks: los eventos que puede recibir un endpoint (junto al nombre de cada evento)

webhooks-event-member-joined = Se unió un miembro
webhooks-event-points-changed = Cambiaron los puntos de un miembro (ganados, gastados, devueltos, ajustados)
webhooks-event-redemption-created = Un miembro canjeó una recompensa
webhooks-event-redemption-fulfilled = Se completó un canje
webhooks-event-redemption-cancelled = Se canceló un canje (puntos devueltos)
webhooks-event-story-approved = Se aprobó una historia
webhooks-event-story-featured = Se destacó una historia
webhooks-event-story-withdrawn = Su autor retiró una historia o se eliminó (no se envía el texto)
webhooks-event-referral-qualified = Un amigo referido cumplió los requisitos
webhooks-event-referral-converted = Un amigo referido se hizo cliente (su primer pedido registrado)
webhooks-event-referral-rewarded = Se recompensó a quien hizo el referido
webhooks-event-challenge-completed = Un miembro completó un reto
webhooks-event-nps-answered = Un miembro respondió una encuesta NPS

## El estado de una entrega

webhooks-status-queued = En espera
webhooks-status-sending = Enviando
webhooks-status-delivered = Entregada
webhooks-status-failed = Fallida

## Comprobación de un endpoint

webhooks-description-too-long = Usa como máximo { $max } caracteres.
webhooks-event-unknown = «{ $event }» no es un evento que Chorus envíe.
webhooks-events-missing = Elige al menos un evento para enviar.
webhooks-url-missing = Indica la dirección a la que Chorus debe enviar los eventos por POST, como https://crm.example.com/hooks/chorus.
webhooks-url-too-long = Indica una sola dirección de { $max } caracteres como máximo, sin espacios.
webhooks-url-scheme = La dirección debe empezar por https:// (o http://).
webhooks-url-fragment = La dirección no puede tener un #fragmento.
webhooks-url-credentials = No pongas usuario ni contraseña en la dirección; Chorus firma cada entrega en su lugar.
webhooks-url-ipv6 = El host [IPv6] de la dirección no está cerrado.
webhooks-url-port = «{ $port }» no es un número de puerto.
webhooks-url-no-host = La dirección no tiene nombre de host.
webhooks-url-bad-host = «{ $host }» no es un nombre de host.
