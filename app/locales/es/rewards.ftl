## Recompensas

rewards-title = Recompensas
rewards-description = Las recompensas en las que los miembros pueden gastar sus puntos: descuentos, acceso anticipado y más.
rewards-your-points = Tus puntos
rewards-yours = Tus recompensas
rewards-history = Historial de puntos
rewards-empty = Ahora mismo no hay recompensas disponibles. Vuelve pronto.
reward-unlimited = Ilimitado
reward-out-of-stock = Agotado
reward-left = { $count ->
    [one] Queda { $count }
   *[other] Quedan { $count }
}
reward-until = Hasta el
reward-min-level = Desde el nivel { $level }
reward-group-only = Solo para el grupo { $group }
reward-confirm-question = { $points ->
    [one] ¿Gastar { $points } punto en { $reward }?
   *[other] ¿Gastar { $points } puntos en { $reward }?
}
reward-redeem = Canjear
reward-confirm = Confirmar
reward-kind-discount = Código de descuento
reward-kind-physical = Artículo físico
reward-kind-early-access = Acceso anticipado
reward-kind-experience = Experiencia

## Por qué no se puede canjear una recompensa

rewards-sign-in-to-redeem = Inicia sesión para canjearla.
rewards-locked-inactive = Esta recompensa ya no está disponible.
rewards-locked-not-yet = Esta recompensa todavía no está disponible.
rewards-locked-ended = Esta recompensa ya no está disponible: su plazo terminó.
rewards-locked-out-of-stock = Agotada.
rewards-locked-limit = Ya canjeaste esta recompensa tantas veces como puede un miembro ({ $limit }).
rewards-locked-level = Alcanza el nivel { $level } para desbloquear esta recompensa.
rewards-locked-points = { $points ->
    [one] Te falta { $points } punto.
   *[other] Te faltan { $points } puntos.
}

## Tus recompensas

rewards-mine-empty = Todavía no has canjeado nada.
rewards-mine-browse = Mira lo que puedes conseguir con tus puntos
# Antes del código de descuento de un canje completado.
rewards-your-code = Tu código:

## El estado de un canje

rewards-status-pending = Pendiente
rewards-status-fulfilled = Completado
rewards-status-cancelled = Cancelado

## Canjes (administradores)

rewards-redemptions-title = Canjes
rewards-redemptions-export = Exportar todo como CSV
# Nombre de la fila de pestañas de estado, para lectores de pantalla.
rewards-redemptions-status = Estado
# Las pestañas de estado.
rewards-tab-pending = pendientes
rewards-tab-fulfilled = completados
rewards-tab-cancelled = cancelados
rewards-tab-all = todos
rewards-code = Código:
rewards-decision-note = Nota para el miembro (seguimiento, instrucciones; obligatoria para cancelar)
rewards-fulfil = Completar
rewards-cancel-refund = Cancelar y reembolsar

## Catálogo de recompensas (administradores)

rewards-admin-title = Catálogo de recompensas
rewards-admin-to-fulfil = Canjes por completar
rewards-admin-empty = Todavía no hay recompensas: crea la primera abajo.
rewards-admin-new = Nueva recompensa
# En la línea de resumen de una recompensa: sus existencias.
rewards-admin-unlimited = ilimitada
rewards-admin-in-stock = { $count ->
    [one] { $count } disponible
   *[other] { $count } disponibles
}
rewards-admin-redeemed = { $count ->
    [one] { $count } canje
   *[other] { $count } canjes
}
rewards-admin-inactive = inactiva
rewards-admin-codes = Añade códigos, uno por línea ({ $count } sin usar)
rewards-admin-add-codes = Añadir códigos

## El formulario de una recompensa

rewards-field-title = Título
rewards-field-description = Descripción
rewards-field-kind = Tipo
rewards-field-cost = Coste en puntos
rewards-field-stock = Existencias (vacío: ilimitadas)
rewards-field-per-member = Por miembro (vacío: sin límite)
rewards-field-level = Nivel mínimo
rewards-field-level-anyone = Cualquiera
rewards-field-starts = Primer día (UTC, opcional)
rewards-field-ends = Último día (UTC, opcional)
rewards-field-active = Disponible
rewards-create = Crear recompensa
rewards-save = Guardar

## La imagen de una recompensa

rewards-picture = Imagen
rewards-picture-legacy = Esta recompensa tenía una dirección de imagen ({ $url }) que los navegadores nunca mostraron: el sitio solo muestra las imágenes que se suben a él. Sube aquí la imagen; al guardar la recompensa se borra la dirección antigua.
rewards-picture-alt = La imagen de { $reward }
rewards-picture-remove = Quitar imagen
rewards-picture-replace = Reemplazar la imagen
rewards-picture-upload = Subir una imagen
rewards-picture-help = JPEG, PNG, GIF o WebP; se muestra dentro de 800 × 800 píxeles y conserva la transparencia.
rewards-picture-send = Subir

## Lo que se comprueba en los formularios

rewards-title-missing = Ponle un título a la recompensa.
rewards-title-too-long = El título puede tener como máximo { $max } caracteres.
rewards-description-too-long = La descripción puede tener como máximo { $max } caracteres.
rewards-kind-missing = Elige de qué tipo es esta recompensa.
# Los tres siguientes empiezan rewards-whole-number.
rewards-cost-what = El coste
rewards-stock-what = La cantidad disponible
rewards-limit-what = El límite por miembro
rewards-whole-number = { $what } debe ser un número entero igual o mayor que 0 (o quedar vacío).
rewards-cost-invalid = El coste debe ser un número entero de puntos, mayor que cero.
rewards-limit-zero = Deja el límite vacío si no quieres ninguno, o pon 1 o más.
rewards-level-unknown = Elige un nivel de la lista.
rewards-ends-before-start = El último día debe ser igual o posterior al primero.
rewards-codes-missing = Pega al menos un código, uno por línea.
rewards-codes-too-many = Añade como máximo { $max } códigos a la vez.
# $start son los 20 primeros caracteres del código.
rewards-code-too-long = El código { $start }… tiene más de { $max } caracteres.
rewards-code-twice = El código { $code } aparece dos veces.
rewards-cancel-note-missing = Indica por qué se cancela; el miembro lo leerá.
rewards-note-too-long = La nota puede tener como máximo { $max } caracteres.

## Rechazos

rewards-key-reused = Esa clave de solicitud se usó para otra recompensa; recarga la página y vuelve a intentarlo.
rewards-group-redeemed-outside = { $count ->
    [one] { $count } miembro de fuera de ese grupo canjeó esta recompensa: limitarla ahora ocultaría lo que tiene. Crea mejor una recompensa nueva para el grupo.
   *[other] { $count } miembros de fuera de ese grupo canjearon esta recompensa: limitarla ahora ocultaría lo que tienen. Crea mejor una recompensa nueva para el grupo.
}
rewards-reload = Recarga la página y vuelve a intentarlo.
rewards-stock-moved = Algunos miembros canjearon esta recompensa mientras el formulario estaba abierto: { $stock ->
        [one] ahora queda { $stock }.
       *[other] ahora quedan { $stock }.
    } Recarga y vuelve a intentarlo.
rewards-stock-moved-unlimited = Algunos miembros canjearon esta recompensa mientras el formulario estaba abierto: ahora las existencias son ilimitadas. Recarga y vuelve a intentarlo.
rewards-codes-wrong-kind = Solo se pueden cargar códigos en recompensas de tipo código de descuento.
rewards-status-unknown = Elige pendientes, completados, cancelados o todos.
rewards-decision-unknown = Elige completar o cancelar.
# $status es el estado del canje tal como se guarda: fulfilled o cancelled.
rewards-fulfil-refused = { $status ->
    [fulfilled] Este canje ya está completado; solo se pueden completar los pendientes.
    [cancelled] Este canje ya está cancelado; solo se pueden completar los pendientes.
   *[other] Este canje ya está { $status }; solo se pueden completar los pendientes.
}
rewards-cancel-refused = { $status ->
    [fulfilled] Este canje ya está completado; solo se pueden cancelar los pendientes.
    [cancelled] Este canje ya está cancelado; solo se pueden cancelar los pendientes.
   *[other] Este canje ya está { $status }; solo se pueden cancelar los pendientes.
}
rewards-not-pending = Ese canje no está pendiente: puede que ya se haya resuelto.

## Etiquetas de los componentes compartidos (pestañas, colas, selectores)

rewards-who-sees = Quién la ve
rewards-everyone = Todos
rewards-group-hint = Una recompensa limitada a un grupo solo la ven y la canjean sus miembros.
