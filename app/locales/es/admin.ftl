## Lista de miembros (/admin/members): búsqueda, resumen, tabla

admin-members-title = Miembros
admin-members-loading = Cargando miembros…
admin-search-label = Nombre, correo o usuario
admin-role = Rol
admin-status = Estado
admin-level = Nivel
admin-group = Grupo
admin-nps = NPS
admin-order = Orden
# Primera opción de cada filtro: sin restringir.
admin-any = Cualquiera
admin-search = Buscar
admin-status-active = Activo
admin-status-unconfirmed = Dirección sin confirmar
admin-status-suspended = Suspendido
admin-status-silenced = Silenciado
admin-status-removed = Eliminado por spam
admin-status-deleted = Borrado
admin-nps-promoter = Promotor (9-10)
admin-nps-passive = Pasivo (7-8)
admin-nps-detractor = Detractor (0-6)
admin-nps-unanswered = Sin respuesta
admin-sort-newest = Más recientes primero
admin-sort-oldest = Más antiguos primero
admin-sort-name = Nombre
admin-sort-points = Más puntos
admin-sort-seen = Última visita
admin-members-found = { $count ->
    [one] { $count } miembro encontrado
   *[other] { $count } miembros encontrados
}
admin-members-count = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}
admin-members-csv = Descargar estos en CSV
admin-members-clear = Borrar la búsqueda
admin-members-none-found = Nadie coincide con esta búsqueda.
admin-members-none-here = No hay miembros en esta página.
# Título de la tabla para lectores de pantalla: la lista y su orden.
admin-members-caption = Miembros, { $sort ->
    [oldest] los más antiguos primero
    [name] por nombre
    [points] los de más puntos primero
    [seen] por última visita
   *[newest] los más recientes primero
}
admin-member = Miembro
admin-email = Correo
admin-points = Puntos
admin-groups = Grupos
admin-referred-by = Referido por
admin-joined = Se unió
admin-last-seen = Última visita
admin-standing = Situación
admin-account = Cuenta
# Enlace a la situación del miembro, para lectores de pantalla: «Situación de Ada Okafor: Suspendido».
admin-standing-of = Situación de { $name }: { $standing }
# Tras la puntuación en la columna NPS: «9 · promotor».
admin-nps-promoter-name = promotor
admin-nps-passive-name = pasivo
admin-nps-detractor-name = detractor
admin-never = Nunca

## Lista de miembros: formularios de cada fila (rol, dirección, spam)

# Solo para lectores de pantalla, antes del menú de roles.
admin-role-of = Rol de { $name }
admin-role-save = Guardar
admin-role-saved = Guardado.
admin-email-confirmed = Confirmada
admin-email-not-confirmed = Sin confirmar
admin-confirm-address = Confirmar dirección
# En la columna Cuenta en lugar del botón de spam: a un admin no se le puede eliminar.
admin-spam-admin = Admin
admin-spam-remove = Eliminar por spam
admin-delete-account = Borrar la cuenta…
admin-reinstate = Restablecer
# Nombre del botón Restablecer para lectores de pantalla.
admin-reinstate-label = Restablecer: { $name }
# Lo que hizo la eliminación por spam, como parte de admin-spam-removed.
admin-spam-posts = { $count ->
    [0] no había publicaciones que ocultar
    [one] { $count } publicación oculta
   *[other] { $count } publicaciones ocultas
}
admin-spam-removed = Eliminado; { $posts }.
admin-spam-removed-points = Eliminado; { $posts }; { $points ->
    [one] se retiró { $points } punto de referidos
   *[other] se retiraron { $points } puntos de referidos
}.
admin-reinstated = { $count ->
    [0] Restablecido; no había publicaciones que volver a mostrar.
    [one] Restablecido; { $count } publicación vuelve a mostrarse con sus puntos.
   *[other] Restablecido; { $count } publicaciones vuelven a mostrarse con sus puntos.
}

## Un miembro (/admin/members/:id)

admin-member-loading = Cargando el miembro…
admin-member-page-title = { $name } · Miembros
admin-breadcrumb = Ruta de navegación
admin-public-profile = Perfil público
admin-suspend-or-silence = Suspender o silenciar
admin-delete-the-account = Borrar la cuenta
# Tras la dirección de correo.
admin-email-confirmed-note = (confirmada)
admin-email-not-confirmed-note = (sin confirmar)
admin-suspended-because = Suspendido: { $reason }
admin-silenced-because = Silenciado: { $reason }
admin-points-summary = { $balance } para gastar · { $lifetime } ganados en total
admin-groups-none = Ninguno
admin-latest-nps = Última respuesta NPS
# Nadie refirió a este miembro.
admin-nobody = Nadie
admin-activity = Actividad
# Tras un número en negrita en la lista de actividad: «12 temas», «3 ocultas».
admin-count-topics = { $count ->
    [one] tema
   *[other] temas
}
admin-count-posts = { $count ->
    [one] publicación
   *[other] publicaciones
}
admin-count-hidden = { $count ->
    [one] oculta
   *[other] ocultas
}
admin-count-likes = { $count ->
    [one] me gusta recibido
   *[other] me gusta recibidos
}
admin-count-stories = { $count ->
    [one] historia
   *[other] historias
}
admin-count-redemptions = { $count ->
    [one] canje
   *[other] canjes
}
admin-badges = Insignias
admin-badges-none = Todavía no tiene insignias.
admin-newest-posts = Publicaciones más recientes
admin-posts-none = Todavía no hay publicaciones.
# Etiqueta tras una publicación de la lista.
admin-post-hidden = Oculta
admin-post-removed = Eliminada
admin-ledger = Movimientos de puntos
admin-ledger-none = Todavía no tiene puntos.
admin-when = Cuándo
admin-what = Concepto
admin-note = Nota
# Tras el concepto de un movimiento que se anuló.
admin-ledger-reversed = (anulado)
admin-redemptions = Canjes ({ $count })
admin-redemptions-none = No ha canjeado recompensas.
admin-reward = Recompensa
admin-cost = Coste
admin-referrals = Referidos
admin-referrals-summary = { $people ->
    [one] { $people } persona referida
   *[other] { $people } personas referidas
} · { $visits ->
    [one] { $visits } visita a su enlace
   *[other] { $visits } visitas a su enlace
} · { $points ->
    [one] { $points } punto por referidos
   *[other] { $points } puntos por referidos
}
admin-referrals-none = Todavía no ha referido a nadie.
admin-friend = Persona referida
admin-flags = Reportes
admin-flags-on = Sobre sus publicaciones ({ $count })
admin-flagged-by = Reportado por
admin-flags-on-none = Nadie ha reportado sus publicaciones.
admin-flags-by = Hechos por este miembro ({ $count })
# Columna de los reportes que hizo el miembro: de quién era la publicación.
admin-post-by = Publicación de
admin-flags-by-none = No ha reportado nada.
admin-post = Publicación
admin-reason = Motivo
admin-outcome = Resultado
admin-flag-hidden = Publicación ocultada
admin-flag-dismissed = Descartado
admin-flag-open = Abierto
admin-flag-reason-other = Otro motivo
admin-nps-answers = Respuestas NPS
admin-nps-answers-none = No ha respondido a ninguna encuesta NPS.
admin-survey = Encuesta
admin-score = Puntuación
admin-why = Por qué
admin-audit-entries = Entradas del registro de auditoría ({ $count })
admin-audit-hint = Acciones del equipo sobre esta cuenta y sus publicaciones, y lo que hizo como parte del equipo; primero las más recientes.
admin-audit-none = No hay nada registrado.
admin-who = Quién
admin-action = Acción
# Columna: sobre qué se hizo la acción («user 12»).
admin-on = Sobre
admin-detail = Detalle

## Situación de un miembro (/mod/members/:id): suspender o silenciar

admin-standing-title = Situación del miembro
admin-profile = Perfil
# Antes de la fecha en que se unió: «@ada · Moderador · miembro desde el 5 mar 2026».
admin-standing-meta = @{ $handle } · { $role } · miembro desde el
admin-standing-removed = Eliminado por spam: no puede iniciar sesión.
admin-standing-good = Sin restricciones
admin-suspended-until = Suspendido hasta el { $until } (UTC). Motivo: { $reason }
admin-silenced-until = Silenciado hasta el { $until } (UTC). Motivo: { $reason }
admin-lift-suspension = Levantar la suspensión
admin-lift-silence = Levantar el silenciamiento
admin-restrict-hint = Los miembros suspendidos no pueden iniciar sesión; los silenciados pueden leer, pero no publicar, responder, editar ni enviar una historia. Ambas medidas terminan solas; el miembro recibe por correo el periodo y tu motivo.
# Leyenda de la elección entre silenciar y suspender.
admin-restrict-what = Medida
admin-restrict-silence = Silenciar: puede leer, pero no publicar
admin-restrict-suspend = Suspender: no puede iniciar sesión
# Etiqueta del menú de periodos.
admin-restrict-for = Durante
admin-period-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
admin-period-weeks = { $count ->
    [one] { $count } semana
   *[other] { $count } semanas
}
admin-period-year = 1 año
admin-restrict-reason = Motivo (el miembro lo verá)
admin-restrict = Restringir
admin-cannot-restrict-admin = A un admin no se le puede suspender ni silenciar: primero dale otro rol.
admin-cannot-restrict-moderator = Solo un admin puede suspender o silenciar a un moderador.
admin-cannot-restrict-self = No puedes suspender ni silenciar tu propia cuenta.

## Rechazos
# { $value } es lo enviado, entre comillas; suspend, silence, member, moderator y admin son los valores que envía
# el formulario, así que se quedan tal cual.

admin-search-too-long = La búsqueda puede tener como máximo { $max } caracteres.
admin-search-control = La búsqueda no puede contener caracteres de control.
admin-role-unknown = { $value } no es un rol; elige member, moderator o admin.
admin-filter-bad-status = { $value } no es un estado; elige uno de la lista.
admin-filter-bad-level = { $value } no es un nivel; elige uno de la lista.
admin-filter-bad-group = { $value } no es un grupo; elige uno de la lista.
admin-filter-bad-nps = { $value } no es un grupo de NPS; elige uno de la lista.
admin-filter-bad-sort = { $value } no es un orden; elige uno de la lista.
admin-role-own = No puedes cambiar tu propio rol; pídeselo a otro admin. Así siempre queda al menos un admin a cargo.
admin-last-admin = Es el último admin: primero haz admin a otra persona.
admin-already-confirmed = Esa dirección ya está confirmada.
admin-spam-own-account = No puedes eliminar tu propia cuenta.
admin-spam-already = Esa cuenta ya se eliminó.
admin-spam-is-admin = Dale otro rol al admin antes de eliminar la cuenta.
admin-not-removed = Esa cuenta no está eliminada.
admin-restrict-unknown = { $value } no es algo que el equipo pueda hacer; elige suspend o silence.
admin-restrict-self-suspend = No puedes suspender tu propia cuenta.
admin-restrict-self-silence = No puedes silenciar tu propia cuenta.
admin-restrict-admin-suspend = No se puede suspender a un admin: primero dale otro rol.
admin-restrict-admin-silence = No se puede silenciar a un admin: primero dale otro rol.
# El equipo solo puede restringir roles inferiores al suyo; $role es el rol del miembro afectado.
admin-restrict-only-admin-suspend = Solo un admin puede suspender a { $role ->
    [member] un miembro
   *[moderator] un moderador
}.
admin-restrict-only-admin-silence = Solo un admin puede silenciar a { $role ->
    [member] un miembro
   *[moderator] un moderador
}.
admin-restrict-period = Elige uno de los periodos ofrecidos.
admin-restrict-reason-missing = Indica un motivo: el miembro lo verá.
admin-restrict-reason-too-long = El motivo puede tener como máximo { $max } caracteres.
admin-restrict-reason-control = El motivo no puede contener caracteres de control.
admin-lift-unknown = { $value } no es algo que el equipo pueda levantar; elige suspend o silence.
admin-not-suspended = Ese miembro no está suspendido.
admin-not-silenced = Ese miembro no está silenciado.
