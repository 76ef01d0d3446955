## Grupos: la lista de grupos

groups-title = Grupos
groups-lede = Los grupos reúnen a los miembros, y algunos tienen sus propios espacios en el foro que solo ven sus miembros.
groups-deleted = Grupo eliminado.
groups-empty = Todavía no hay grupos.
groups-member-count = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}
groups-hidden-note = Oculto: solo lo ven sus miembros
groups-you-are-member = Eres miembro
groups-you-asked = Pediste unirte
groups-join = Unirse
groups-ask-to-join = Solicitar unirse
# Para lectores de pantalla: las palabras del botón y el nombre del grupo.
groups-join-named = Unirse: { $group }
groups-ask-to-join-named = Solicitar unirse: { $group }
groups-new = Nuevo grupo
groups-make = Crear el grupo

## Cómo entran los miembros (un ajuste del grupo)

groups-joining-open = Cualquiera puede unirse
groups-joining-request = Los miembros lo piden; un administrador lo aprueba
groups-joining-admins = Los administradores añaden a los miembros

## La página de un grupo

groups-saved = Guardado.
# El título de la página cuando el grupo no se puede mostrar.
groups-group = Grupo
groups-all = Todos los grupos
groups-you-asked-pending = Pediste unirte; un administrador lo decidirá
groups-leave = Salir del grupo
groups-withdraw = Retirar mi solicitud
groups-join-the-group = Unirse al grupo
groups-spaces = Espacios privados
groups-members = Miembros
groups-members-empty = Todavía no hay nadie en este grupo.
groups-col-member = Miembro
groups-col-how = Cómo
groups-col-since = Desde
groups-remove = Quitar
groups-remove-named = Quitar a { $name }

## Cómo llegó un miembro al grupo (la columna «Cómo»)

groups-how-admin = Añadido por un administrador
groups-how-joined = Se unió
groups-how-request = Solicitud aprobada
groups-how-invitation = Invitación
groups-how-domain = Dominio de correo
groups-how-level = Nivel alcanzado

## La página de un grupo, para administradores

groups-requests = Solicitudes para unirse
groups-approve = Aprobar
groups-decline = Rechazar
groups-approve-named = Aprobar a { $name }
groups-decline-named = Rechazar a { $name }
groups-add = Añadir miembros
groups-add-hint = Un miembro por línea, por dirección de correo o nombre de usuario; también sirve un CSV pegado (se usa la primera columna que nombra a alguien). Hasta { $max } a la vez. Para traer a personas que aún no son miembros, envíales una invitación a este grupo desde Invitaciones.
groups-field-people = Personas
groups-add-them = Añadirlas
groups-add-report = { $added } añadidos, { $already } ya estaban.
groups-add-unknown = { $count } no encontrados (ningún miembro tiene esa dirección o nombre de usuario): { $entries }
groups-rules = Miembros automáticos
groups-rules-hint = Los miembros cuya dirección confirmada es de uno de estos dominios, o que alcanzan el nivel, entran en el grupo (ahora y, a partir de entonces, en menos de un minuto); salen cuando la regla deja de cumplirse.
groups-field-domains = Dominios de correo
groups-field-domains-hint = Uno por línea, como example.com
groups-field-level = Nivel
groups-no-level = Sin regla de nivel
groups-level-option = { $level } ({ $points } puntos o más)
groups-save-rules = Guardar las reglas
groups-settings = Ajustes
groups-save = Guardar el grupo
groups-delete = Eliminar el grupo

## El formulario de un grupo

groups-field-name = Nombre
groups-field-slug = Dirección
groups-field-slug-hint = Minúsculas, dígitos y guiones: /groups/advisory-board
groups-field-description = Descripción
groups-visibility-legend = Quién ve el grupo
groups-visibility-visible = Todos los miembros (aparece aquí)
groups-visibility-hidden = Solo sus miembros y los administradores
groups-joining-legend = Cómo entran los miembros

## «Quién lo ve» en los formularios de categorías, recompensas, retos y encuestas

groups-only-group = Solo el grupo { $group }

## Comprobación del formulario de un grupo

groups-slug-missing = Dale al grupo una dirección corta, como «advisory-board».
groups-slug-too-long = Una dirección puede tener como máximo { $max } caracteres.
groups-slug-malformed = Usa solo minúsculas, dígitos y guiones sueltos, como «advisory-board».
groups-name-missing = Dale un nombre al grupo.
groups-name-too-long = Un nombre puede tener como máximo { $max } caracteres.
groups-description-too-long = Una descripción puede tener como máximo { $max } caracteres.
groups-control-characters = Quita los caracteres de control.
# $value es lo que envió el formulario, entre comillas; visible y hidden son los valores del formulario.
groups-visibility-unknown = { $value } no es una opción; elige visible o hidden.
groups-joining-unknown = { $value } no es una opción; elige open, request o admins.
groups-hidden-needs-admins = Nadie puede unirse ni pedir unirse a un grupo oculto que no ve: elige «Los administradores añaden a los miembros».
groups-level-unknown = { $value } no es uno de los niveles; elige uno de la lista.
groups-people-missing = Indica al menos un miembro: una dirección de correo o un nombre de usuario por línea.
groups-people-too-many = Añade como máximo { $max } personas a la vez; hay { $count }.

## Rechazos

groups-no-such-group = No hay ningún grupo { $value }; elige uno de la lista.
groups-slug-taken = Otro grupo ya tiene esa dirección; elige otra.
groups-level-gone = Ese nivel ya no existe; elige uno de la lista.
groups-delete-has-spaces = { $count ->
    [one] { $count } categoría está limitada a «{ $group }»: dale otro público o archívala primero.
   *[other] { $count } categorías están limitadas a «{ $group }»: dales otro público o archívalas primero.
}
# $rule es level o domain: la regla que puso al miembro en el grupo.
groups-remove-automatic = Este miembro está en «{ $group }» por su regla de { $rule ->
    [level] nivel
   *[domain] dominio de correo
}: cambia la regla para quitarlo.
groups-leave-automatic = Estás en «{ $group }» por su regla de { $rule ->
    [level] nivel
   *[domain] dominio de correo
}, así que sigues en él.
groups-already-in = Ya estás en «{ $group }».
groups-admins-only = Solo los administradores añaden miembros a «{ $group }».
groups-not-in = No estás en «{ $group }».
