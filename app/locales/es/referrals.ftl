### Referidos: el enlace de invitación de un miembro, la revisión de los administradores, los pedidos comunicados y las reglas del programa.

## Invitar a amigos (/me/referrals)

referrals-invite-title = Invitar a amigos
referrals-how = { $points ->
    [one] Ganas { $points } punto cuando un amigo al que invitaste se une y cumple la condición ({ $when }).
   *[other] Ganas { $points } puntos cuando un amigo al que invitaste se une y cumple la condición ({ $when }).
}
referrals-qualify-sign-up = al registrarse
referrals-qualify-first-post = tras su primera publicación en el foro
referrals-qualify-first-story = tras su primera historia aprobada
referrals-qualify-conversion = cuando se convierte en cliente
referrals-how-off = Los puntos por referidos están desactivados por ahora, pero tus amigos pueden unirse igualmente con tu enlace.
referrals-how-hold = { $days ->
    [one] Los puntos llegan { $days } día después de que cumpla la condición.
   *[other] Los puntos llegan { $days } días después de que cumpla la condición.
}
referrals-welcome-bonus = { $points ->
    [one] Tu amigo recibe un bono de bienvenida de { $points } punto.
   *[other] Tu amigo recibe un bono de bienvenida de { $points } puntos.
}
referrals-gift-title = Tu regalo de bienvenida
referrals-gift-received = Como amigo invitado, recibiste { $reward }:
referrals-share-title = Únete conmigo a nuestra comunidad de clientes
referrals-stats = Tus referidos
referrals-stat-clicks = Visitas al enlace
referrals-stat-signed-up = Registrados
referrals-stat-customers = Se hicieron clientes
referrals-stat-qualified = Cumplieron la condición
referrals-stat-points = Puntos ganados
referrals-people = Personas que has referido
referrals-people-empty = Todavía nadie se ha unido con tu enlace. Compártelo con algún colega al que le guste la comunidad.
referrals-col-friend = Amigo
referrals-col-referred = Referido el
referrals-col-customer = Cliente
referrals-col-status = Estado
referrals-became-customer-on = Cliente desde el
referrals-not-yet = Todavía no
referrals-points-on = puntos el
referrals-customer-not-member = Un cliente (no es miembro)
referrals-status-signed-up = Registrado
referrals-status-held = En revisión
referrals-status-qualified = Cumple la condición
referrals-status-rewarded = Recompensado
referrals-status-rejected = No válido
referrals-status-reversed = Recompensa anulada

## La invitación en el formulario de registro

referrals-invited-by = Te ha invitado { $name }.
referrals-invitation-unknown = Ese enlace de invitación no es válido, así que no se le abonará a nadie. Puedes unirte igualmente.
referrals-invitation-gone = El miembro que te invitó ya no forma parte de la comunidad, así que no se le abonará a nadie. Puedes unirte igualmente.

## Referidos para administradores (/admin/referrals)

referrals-title = Referidos
referrals-tab-held = Retenidos para revisión ({ $count })
referrals-tab-flagged = Marcados
referrals-tab-customers = Clientes
referrals-tab-all = Todos
referrals-referred-by = Referido por
referrals-signed-up-on = registrado el
referrals-from-ip = desde { $ip }
referrals-qualified-on = cumplió la condición el
referrals-became-customer = se hizo cliente
referrals-flag-self = Autorreferido
referrals-flag-ip-burst = Varios registros desde una misma dirección
referrals-flag-daily-cap = Límite diario alcanzado
referrals-flag-spam = Eliminado por spam
referrals-choose-decision = Elige aprobar o rechazar.
referrals-the-note = La nota
referrals-note-missing = Explica por qué se rechaza el referido; los administradores que vengan después lo leerán.
referrals-not-held = Ese referido ya no está esperando una decisión.

## Comunicar pedidos (/admin/referrals?tab=customers)

referrals-report-title = Comunicar pedidos
referrals-report-format = Una fila de encabezado con los nombres de las columnas y, después, un pedido por línea:
referrals-report-email = (el del amigo)
referrals-report-code = (el código de referido que usó)
referrals-report-order = (obligatorio: un pedido cuenta una sola vez, aunque se envíe varias)
referrals-report-amount = (en { $currency }, como 49.90, opcional). Indica el correo, el código o ambos.
referrals-report-max = Hasta { $count } pedidos a la vez.
referrals-report-preview = La vista previa prueba cada línea y no registra nada; los pedidos ya registrados se omiten, así que una subida interrumpida se puede volver a enviar sin más.
referrals-report-paste = Pegar filas
referrals-report-file = O elegir un archivo CSV
referrals-report-preview-button = Vista previa
referrals-report-record = Registrar pedidos
referrals-upload-preview-title = Vista previa: no se registró nada
referrals-upload-title = Pedidos registrados
referrals-upload-preview-summary = { $read ->
    [one] { $read } pedido leído: { $recorded } se registrarían, { $already } ya registrados antes, { $refused } rechazados.
   *[other] { $read } pedidos leídos: { $recorded } se registrarían, { $already } ya registrados antes, { $refused } rechazados.
}
referrals-upload-summary = { $read ->
    [one] { $read } pedido leído: { $recorded } registrados, { $already } ya registrados antes, { $refused } rechazados.
   *[other] { $read } pedidos leídos: { $recorded } registrados, { $already } ya registrados antes, { $refused } rechazados.
}
referrals-upload-rewarded = Referentes recompensados: { $count }.
referrals-upload-preview-caption = Los primeros pedidos que se registrarían
referrals-upload-caption = Los primeros pedidos registrados
referrals-col-line = Línea
referrals-col-email = Correo
referrals-col-code = Código
referrals-col-order = Pedido
referrals-col-amount = Importe
referrals-sheet-orders = pedidos
referrals-sheet-nothing = No se registró nada.
referrals-sheet-needs = La primera línea nombra las columnas: email, code, order_ref, amount.
referrals-sheet-tip = , y escribe los importes sin separador de miles
referrals-sheet-no-header = La primera línea debe nombrar las columnas: order_ref, y email o code (pueden seguir amount y currency). No se registró nada.
referrals-sheet-duplicate = Este pedido ya está en la línea { $line }.
referrals-code-invalid = «{ $code }» no puede ser un código de referido (de 6 a 16 letras y cifras).
referrals-email-or-code = Indica el correo del amigo o el código de referido (o ambos).
referrals-order-missing = Indica la referencia del pedido, para que un aviso enviado dos veces cuente una sola vez.
referrals-order-too-long = La referencia del pedido debe ser una sola línea de { $max } caracteres como máximo.
referrals-currency-differs = Este programa cuenta los ingresos en { $currency }; convierte el importe u omite la moneda.
referrals-amount-invalid = «{ $amount }» no es un importe: escríbelo con punto para los decimales y sin separador de miles, como 1250.50.
referrals-amount-too-large = { $amount } supera cualquier pedido individual: el máximo es { $max }.
referrals-no-referral = Nadie refirió ese correo: indica también el código de referido que usó el amigo.
referrals-unknown-code = Ningún miembro tiene el código de referido «{ $code }».
referrals-code-gone = El miembro con el código «{ $code }» ya no forma parte de la comunidad.
referrals-order-differs = El pedido «{ $order }» ya se comunicó con otro correo, código o importe; cuenta una sola vez.

## Reglas de referidos (/admin/referrals)

referrals-rules-title = Reglas de referidos
referrals-rules-saved = Reglas de referidos guardadas.
referrals-field-qualify = Un referido cuenta
referrals-reward-on-sign-up = Recompensar al referente cuando el amigo se registra
referrals-reward-on-first-post = Recompensar al referente tras la primera publicación del amigo en el foro
referrals-reward-on-first-story = Recompensar al referente tras la primera historia aprobada del amigo
referrals-reward-on-conversion = Recompensar al referente cuando el amigo se convierte en cliente
referrals-field-hold = Espera antes de pagar (días)
referrals-field-hold-hint = De 0 a { $max }. Tiempo para detectar una cuenta falsa antes de pagar los puntos.
referrals-field-daily-cap = Referidos recompensados por referente y día
referrals-field-daily-cap-hint = Los demás esperan al día siguiente.
referrals-field-ip-burst = Retener a partir de estos registros por dirección y hora
referrals-field-ip-burst-hint = Se retienen para revisión, nunca se rechazan: oficinas y campus comparten direcciones.
referrals-field-landing = Los enlaces de referido llevan a
referrals-field-landing-hint = Vacío: la página de registro de la comunidad. O una página de tu sitio (https://…), que recibe el código como parámetro de consulta para aplicarlo al pagar.
referrals-field-param = Nombre del parámetro del código
referrals-field-param-hint = La página de destino recibe ?ref=<code> de forma predeterminada.
referrals-field-currency = Moneda de los pedidos comunicados
referrals-field-currency-hint = Tres letras (USD, EUR, GBP): los ingresos por referidos se cuentan en ella.
referrals-field-gift = El regalo para el amigo referido
referrals-no-gift = Sin regalo (referidos en un solo sentido)
referrals-gift-no-codes = No quedan códigos en la reserva de la recompensa elegida: los amigos no recibirán ninguno hasta que añadas códigos.
referrals-gift-codes-left = { $count ->
    [one] Queda { $count } código. Un amigo recibe uno al confirmar su dirección, por correo y en su página de referidos.
   *[other] Quedan { $count } códigos. Un amigo recibe uno al confirmar su dirección, por correo y en su página de referidos.
}
referrals-gift-hint = Un código de la reserva de una recompensa de código de descuento, enviado por correo al amigo referido cuando confirma su dirección. Reserva una recompensa para esto (puede estar inactiva, para que los miembros no gasten puntos en ella).
referrals-rules-points-before = La recompensa del referente y el bono de bienvenida del recién llegado son las
referrals-rules-points-link = reglas de puntos de referido y de bienvenida
referrals-rules-points-after = .
referrals-rules-save = Guardar reglas de referidos
referrals-choose-qualify = Elige cuándo cuenta un referido.
referrals-hold-range = La espera debe ser un número entero de días entre { $min } y { $max }.
referrals-daily-cap-range = El límite diario debe ser un número entero de referidos entre { $min } y { $max }.
referrals-ip-burst-range = El límite de registros por dirección debe ser un número entero entre { $min } y { $max }.
referrals-param-invalid = El nombre del parámetro puede tener letras, cifras, «_», «-» y «.», hasta 40 en total.
referrals-landing-invalid = La página de destino debe ser una dirección completa que empiece por https:// (o http://), sin espacios.
referrals-landing-too-long = La dirección de la página de destino tiene más de { $max } caracteres.
referrals-currency-invalid = La moneda debe ser un código de tres letras, como USD, EUR o GBP.
referrals-choose-gift = Elige una de las recompensas de código de descuento.

## Etiquetas de los componentes compartidos (pestañas, colas, selectores)

referrals-refused-order = Pedido
referrals-note-label = Nota (obligatoria para rechazar)
referrals-queue-label = Recomendaciones
referrals-queue-empty-held = Ninguna recomendación espera una decisión.
referrals-queue-empty-flagged = Ningún control antifraude ha marcado una recomendación.
referrals-queue-empty-customers = Ningún amigo recomendado se ha hecho cliente todavía. Comunica los pedidos abajo o mediante la API.
referrals-queue-empty-all = Todavía nadie se ha unido con un enlace de recomendación.
referrals-your-link = Tu enlace de invitación
