## Webhooks: la lista de endpoints de los administradores

webhook-admin-title = Webhooks
# La introducción se corta alrededor del nombre de la cabecera, Chorus-Signature, que no cambia.
webhook-admin-intro-before = Chorus cuenta a tus otros sistemas lo que pasa en el programa: cada evento se envía por POST como JSON a los endpoints que lo pidieron, firmado con el secreto del endpoint (la cabecera{" "}
webhook-admin-intro-after = ), y se reintenta durante un día hasta que el endpoint responde 2xx. Consulta el README para comprobar la firma.
webhook-admin-loading = Cargando endpoints…
webhook-admin-empty = Todavía no hay endpoints. Añade uno abajo cuando otro sistema deba enterarse de los eventos.
webhook-admin-endpoints-caption = Endpoints de webhook, los más recientes primero
webhook-admin-col-address = Dirección
webhook-admin-col-events = Eventos
webhook-admin-col-status = Estado
webhook-admin-col-delivered = Entregadas
webhook-admin-col-waiting = En espera
webhook-admin-col-failed = Fallidas
webhook-admin-on = Activado
webhook-admin-off = Desactivado
webhook-admin-new = Nuevo endpoint
# Cortado alrededor del enlace: «Añadido. Ábrelo para copiar su secreto de firma.»
webhook-admin-added-before = Añadido.{" "}
webhook-admin-added-link = Ábrelo
webhook-admin-added-after = {" "}para copiar su secreto de firma.

## El formulario de un endpoint

webhook-admin-field-url = Dirección (https://…)
webhook-admin-field-url-hint = Chorus envía aquí cada evento por POST como JSON firmado.
webhook-admin-field-description = Descripción (opcional)
webhook-admin-events = Eventos que se envían
webhook-admin-add = Añadir endpoint
webhook-admin-save = Guardar cambios

## La página de un endpoint

webhook-admin-endpoint-title = Endpoint de webhook
webhook-admin-back = ← Todos los endpoints
webhook-admin-loading-endpoint = Cargando el endpoint…
# $state es Activado o Desactivado.
webhook-admin-endpoint-summary = { $state } · { $delivered } entregadas, { $waiting } en espera, { $failed } fallidas
webhook-admin-secret = Secreto de firma
webhook-admin-turn-off = Desactivar
webhook-admin-turn-on = Activar
webhook-admin-new-secret = Nuevo secreto
webhook-admin-delete = Eliminar endpoint
webhook-admin-settings = Dirección y eventos
webhook-admin-deliveries = Entregas
webhook-admin-deliveries-empty = Todavía no se ha enviado nada: las entregas aparecen aquí a medida que ocurren eventos.
webhook-admin-deliveries-caption = Entregas, las más recientes primero
webhook-admin-col-event = Evento
webhook-admin-col-answer = Respuesta
webhook-admin-col-tries = Intentos
webhook-admin-col-created = Creada
webhook-admin-col-last-try = Último intento
webhook-admin-col-actions = Acciones
webhook-admin-send-again = Enviar de nuevo
webhook-admin-send-again-named = Enviar de nuevo: entrega { $delivery }

## Lo que hicieron los botones

webhook-admin-turned-on = Activado: los nuevos eventos se le envían.
webhook-admin-turned-off = Desactivado: los nuevos eventos no se le envían.
webhook-admin-secret-rolled = A partir de ahora, un secreto nuevo firma cada entrega: dáselo al receptor.
webhook-admin-deleted = Se eliminaron el endpoint y su registro.
webhook-admin-redeliver-refused = Esa entrega se está enviando ahora mismo o no es de este endpoint.
webhook-admin-redelivered = La entrega { $delivery } está en cola para enviarse de nuevo.

## Direcciones rechazadas

webhook-admin-ip-private = { $ip } es una dirección de loopback, privada o reservada: Chorus no envía webhooks a su propia red. Un operador puede permitirlo con --webhooks-allow-private.
webhook-admin-host-private = «{ $host }» lleva a { $ip }, una dirección de loopback, privada o reservada: Chorus no envía webhooks a su propia red. Un operador puede permitirlo con --webhooks-allow-private.
webhook-admin-host-not-found = No se encontró «{ $host }» (DNS); comprueba la dirección.
