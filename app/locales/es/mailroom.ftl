## La página de correo de los administradores (/admin/mail): la bandeja de salida

mailroom-title = Correo
mailroom-delivers = Cada nodo envía por SMTP los correos en cola; un intento fallido se repite con esperas cada vez más largas.
mailroom-keeps = No hay ningún servidor SMTP configurado (--smtp-url), así que los correos se guardan aquí en lugar de enviarse. Abre uno para leerlo.
mailroom-by-status = Correo por estado
mailroom-all = Todos ({ $count })
mailroom-status-count = { $status } ({ $count })
mailroom-status-queued = En cola
mailroom-status-sending = Enviándose
mailroom-status-sent = Enviado
mailroom-status-failed = Fallido
mailroom-status-kept = Guardado (no enviado)
mailroom-status-invalid = { $value } no es un estado de correo: usa queued, sending, sent, failed o kept.
mailroom-empty = No hay correos aquí.
mailroom-caption = Correos, los más recientes primero
mailroom-written = Escrito
mailroom-to = Para
mailroom-subject = Asunto
mailroom-kind = Tipo
mailroom-status = Estado
mailroom-tries = Intentos
mailroom-last-error = Último error
mailroom-sent = Enviado
mailroom-server-answer = Respuesta del servidor
mailroom-plain-text = Texto sin formato
mailroom-html-part = Parte HTML (código)
mailroom-send-again = Enviar de nuevo
mailroom-back = Volver a todo el correo
mailroom-that-email = Ese correo
mailroom-retry-no-smtp = No hay ningún servidor SMTP configurado (--smtp-url), así que los correos se guardan aquí, no se envían.
mailroom-retry-refused = Solo se puede volver a enviar un correo fallido o guardado.

## Enviar un correo de prueba

mailroom-test-heading = Enviar un correo de prueba
mailroom-test-intro = Comprueba que llega el correo de este portal. Deja la dirección vacía para enviártelo a ti.
mailroom-test-to = Enviar a
mailroom-test-send = Enviar correo de prueba
