# Invitaciones: la página de los administradores para invitar a una persona o a muchas con un CSV y seguir cada
# invitación, y lo que dice un enlace de invitación cuando no se puede usar.

## Administradores: invitaciones (/admin/invitations)

invitations-title = Invitaciones
invitations-intro = { $days ->
    [one] Invita a clientes por correo. El enlace del correo abre un formulario de registro con su dirección ya escrita y confirmada; es válido durante { $days } día.
   *[other] Invita a clientes por correo. El enlace del correo abre un formulario de registro con su dirección ya escrita y confirmada; es válido durante { $days } días.
}
invitations-loading-forms = Cargando los formularios…

## Invitar a alguien

invitations-invite-one = Invitar a alguien
invitations-email = Correo electrónico
invitations-name-optional = Nombre (opcional)
invitations-name-hint = Se sugiere en su formulario de registro; puede cambiarlo.
invitations-role = Rol
invitations-group = Grupo
# La opción vacía del selector de grupo.
invitations-no-group = Ningún grupo
invitations-group-hint = Se une a él con su cuenta.
invitations-send = Enviar invitación
invitations-sending = Enviando…

## Invitar a muchos

invitations-invite-many = Invitar a muchos
# «email, name, role» y «member» son lo que contiene el archivo, así que se quedan tal cual.
invitations-csv-format = { $days ->
    [one] Una persona por línea: correo, nombre, rol. El nombre y el rol pueden faltar (el rol es entonces member); se admite una fila de encabezado con los nombres de columna email, name, role. Hasta { $max } personas a la vez. Cada enlace es válido durante { $days } día. Las líneas que no se pueden invitar aparecen con su motivo; las demás se invitan.
   *[other] Una persona por línea: correo, nombre, rol. El nombre y el rol pueden faltar (el rol es entonces member); se admite una fila de encabezado con los nombres de columna email, name, role. Hasta { $max } personas a la vez. Cada enlace es válido durante { $days } días. Las líneas que no se pueden invitar aparecen con su motivo; las demás se invitan.
}
invitations-paste-rows = Pegar filas
invitations-choose-file = O elegir un archivo CSV
invitations-put-everyone-in = Añadir a todos a { $group }
invitations-bulk-group-hint = Todos los invitados se unen a este grupo con su cuenta.
invitations-invite-everyone = Invitar a todos

## Invitaciones enviadas

invitations-sent-title = Invitaciones enviadas
invitations-loading = Cargando invitaciones…
# La primera pestaña, seguida del número de invitaciones.
invitations-all = Todas
invitations-by-status = Invitaciones por estado
invitations-none-yet = Todavía no hay invitaciones. Invita a alguien arriba.
invitations-none-with-status = No hay invitaciones con este estado.
invitations-table-caption = Invitaciones, de la enviada más recientemente a la más antigua
invitations-name = Nombre
invitations-status = Estado
# Encabezado de columna: cuándo se envió la invitación.
invitations-sent = Enviada
invitations-expires = Vence
invitations-actions = Acciones
# Tras la fecha de envío: quién la envió y cuántas veces.
invitations-sent-by = { $count ->
    [one] por { $inviter }
   *[other] por { $inviter }, { $count } veces
}
invitations-resend = Reenviar
invitations-resend-label = Reenviar a { $address }
invitations-withdraw = Retirar
invitations-withdraw-label = Retirar la invitación a { $address }

## Estado de una invitación

invitations-status-sent = Enviada
invitations-status-opened = Abierta
invitations-status-joined = Se unió
invitations-status-expired = Vencida
invitations-status-revoked = Retirada

## Informe de una carga

# Antes de la fecha y hora de la carga.
invitations-batch-title = Carga del
invitations-batch-summary = { $rows ->
    [one] { $rows } fila leída: { $invited } invitadas, { $refused } rechazadas.
   *[other] { $rows } filas leídas: { $invited } invitadas, { $refused } rechazadas.
}
# Encabeza la columna de direcciones en la tabla de líneas rechazadas.
invitations-address = Dirección

## Lo que responde el servidor

invitations-sent-to = Invitación enviada a { $address }.
invitations-has-account = { $address } ya tiene una cuenta.
invitations-open-already = { $address } ya tiene una invitación abierta: reenvíala desde la lista de invitaciones.
invitations-cannot-resend = Esa invitación ya se usó o se retiró, así que no se puede reenviar.
invitations-sent-again = Reenviada a { $address }.
invitations-cannot-withdraw = Esa invitación ya se usó o se retiró.
invitations-withdrawn-done = Retirada: el enlace enviado a { $address } ya no funciona.
# $role es lo que se escribió, entre comillas; member, moderator y admin son las palabras que aceptan el formulario y el archivo.
invitations-role-invalid = { $role } no es un rol: usa member, moderator o admin.
# $status es lo que se pidió, entre comillas; los estados son las palabras que acepta la dirección.
invitations-status-invalid = { $status } no es un estado de invitación: usa sent, opened, joined, expired o revoked.

## Un enlace de invitación que no se puede usar

invitations-used = Esta invitación ya se usó: inicia sesión con la cuenta que se creó con ella.
invitations-expired = Esta invitación venció. Pide a quien te invitó que te la reenvíe.
invitations-withdrawn = Esta invitación se retiró. Consulta a los administradores de la comunidad si crees que es un error.
invitations-link-invalid = Este enlace de invitación no es válido: comprueba que lo copiaste completo o usa el correo más reciente si te la reenviaron.
