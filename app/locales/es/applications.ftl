## Solicitudes: la persona confirma su dirección

applications-confirm-title = Confirma tu solicitud
applications-confirm-text = Un clic confirma tu dirección, y tu solicitud llega al equipo.
applications-confirm-button = Confirmar y enviar mi solicitud
applications-sent-title = Solicitud enviada
applications-sent-heading = Gracias: tu solicitud está en manos del equipo
applications-sent-text = Te escribiremos cuando lo hayan decidido. Una vez aprobada, inicias sesión con la dirección y la contraseña que indicaste.
applications-home = Volver a la página de inicio

## La cola de solicitudes de los administradores

applications-title = Solicitudes
applications-heading = Solicitudes para unirse
# La indicación se corta alrededor de su enlace: «Las personas solicitan unirse cuando… (quién puede unirse). Al aprobar…»
applications-hint-before = Las personas envían una solicitud cuando la comunidad admite miembros por aprobación (
applications-hint-link = quién puede unirse
applications-hint-after = ). Al aprobar se crea su cuenta y se les avisa por correo; al rechazar se les envía tu nota por correo.
applications-tab-waiting = En espera ({ $count })
applications-tab-unconfirmed = Dirección sin confirmar ({ $count })
applications-approved = Aprobada
applications-declined = Rechazada
applications-status-unconfirmed = Dirección aún sin confirmar
applications-status-pending = Pendiente de revisión
applications-no-questions = No se hicieron preguntas.
# Antes de la fecha de la decisión: «Aprobada por Ada Okafor, 3 de marzo».
applications-decided-by = { $status } por { $admin },
applications-decided-by-former = { $status } por un antiguo administrador,
applications-note-sent = Nota enviada: { $note }
# Antes de la fecha en que llegó la solicitud.
applications-applied = solicitó
applications-approve = Aprobar
applications-decline = Rechazar
applications-approve-named = Aprobar a { $name }
applications-decline-named = Rechazar a { $name }
applications-note-label = Nota para la persona (opcional)
applications-note-too-long = La nota puede tener como máximo { $max } caracteres.
applications-note-control = La nota no puede contener caracteres de control.

## Rechazos

applications-link-invalid = Este enlace no es válido. Comprueba que lo copiaste completo del correo.
applications-link-expired = Este enlace ha caducado. Vuelve a solicitarlo desde la página de registro para recibir uno nuevo.
applications-link-used = Esta solicitud ya se confirmó: el equipo te enviará su decisión por correo.
# $value es lo que pidió la dirección, entre comillas; las cuatro palabras son los valores de la dirección.
applications-status-unknown = { $value } no es un estado; elige pending, unconfirmed, approved o declined.
applications-email-taken = Ya existe una cuenta con esta dirección (se unió de otra forma): rechaza la solicitud.
applications-not-confirmed-yet = La persona aún no ha confirmado su dirección; decide cuando lo haya hecho.
# $status es approved, declined o pending.
applications-decided-already = Esa solicitud ya se { $status ->
    [approved] aprobó
    [declined] rechazó
   *[other] tramitó
}.

## Etiquetas de los componentes compartidos (pestañas, colas, selectores)

applications-queue-status = Estado
applications-empty-pending = No hay solicitudes esperando revisión.
applications-empty-unconfirmed = Nadie está pendiente de confirmar su dirección.
applications-empty-approved = Todavía no hay solicitudes aprobadas.
applications-empty-declined = No hay solicitudes rechazadas.
