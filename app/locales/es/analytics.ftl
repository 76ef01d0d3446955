## Panel del programa (/admin/dashboard): periodo

analytics-title = Panel del programa
# Para lectores de pantalla, mientras cargan las cifras.
analytics-loading = Contando…
# Pestaña de un periodo predefinido: «30 días».
analytics-days = { $days } días
analytics-custom-period = Periodo personalizado (ambos días incluidos)
analytics-from = Desde
analytics-to = Hasta
analytics-show = Mostrar
# Tras el periodo en negrita: «1 ene 2026 – 30 ene 2026 (30 días), comparado con …».
analytics-compared = ({ $days ->
    [one] { $days } día
   *[other] { $days } días
}), comparado con { $previous }

## Cifras

analytics-figures = Cifras
analytics-figure = Cifra
analytics-this-period = Este periodo
analytics-previous-period = Periodo anterior
analytics-change = Cambio
analytics-figures-csv = Descargar las cifras (CSV)
analytics-group-members = Miembros
analytics-group-referrals = Referidos
analytics-group-stories = Historias y publicaciones
analytics-group-points = Puntos y recompensas
analytics-group-satisfaction = Satisfacción
analytics-active-members = Miembros activos
analytics-members = Miembros
analytics-participation-rate = Tasa de participación
analytics-new-members = Miembros nuevos
analytics-referred = Miembros nuevos por referidos
analytics-referral-rate = Tasa de referidos
analytics-referral-clicks = Visitas a enlaces de referido
analytics-visits-signed-up = Visitas que se registraron
analytics-qualified = Referidos que cumplieron los requisitos
analytics-rewarded = Referidos recompensados
analytics-customers = Amigos referidos que se hicieron clientes
analytics-revenue = Ingresos de clientes referidos
analytics-posts = Publicaciones
analytics-stories-submitted = Historias enviadas
analytics-stories-approved = Historias aprobadas
analytics-stories-featured = Historias destacadas
analytics-points-issued = Puntos otorgados
analytics-points-redeemed = Puntos canjeados
analytics-redemptions = Canjes
analytics-nps-answers = Respuestas NPS
# Columna Cambio cuando una cifra no varió.
analytics-no-change = sin cambios
# Columna Cambio para una cifra que antes era 0: «+4 (nuevo)».
analytics-new = nuevo
# Cambio de una tasa en puntos porcentuales: «+2,5 pp».
analytics-points-change = { $change } pp

## Tendencias: gráficos de líneas

analytics-trends = Tendencias
# Título de un gráfico; $days es cuántos días abarca cada punto.
analytics-chart-members = { $days ->
    [1] Miembros nuevos y activos por día
   *[other] Miembros nuevos y activos cada { $days } días
}
analytics-chart-posts = { $days ->
    [1] Publicaciones por día
   *[other] Publicaciones cada { $days } días
}
# Descripción de un gráfico para lectores de pantalla.
analytics-chart-desc = { $lines } del { $first } al { $last }; la escala va de 0 a { $top }.
# Desplegable bajo un gráfico que abre su tabla de datos.
analytics-chart-numbers = { $title }: los datos
# Primera columna de la tabla de datos: el día en que empieza cada punto.
analytics-chart-from = Desde
analytics-trend-csv = Descargar los datos de tendencia (CSV)

## Canjes por recompensa: gráfico de barras

analytics-rewards-title = Canjes por recompensa
analytics-rewards-none = No se canjeó ninguna recompensa en este periodo.
analytics-rewards-desc = { $rewards ->
    [one] { $rewards } recompensa
   *[other] { $rewards } recompensas
}; la barra más larga es de { $longest ->
    [one] { $longest } canje
   *[other] { $longest } canjes
} en una escala hasta { $top }.
analytics-reward = Recompensa
analytics-points = Puntos
analytics-rewards-csv = Descargar los canjes por recompensa (CSV)

## Retención

analytics-retention = Retención
analytics-retention-note = Miembros que se registraron cada mes y la proporción de ellos que publicó, envió una historia o canjeó una recompensa ese mes y cada uno de los meses siguientes.
analytics-retention-caption = Retención por mes de registro (últimos { $months } meses)
analytics-signed-up = Registrados en
# Primera columna de meses: el propio mes de registro; las siguientes son «+1», «+2»…
analytics-signup-month = Mes de registro
analytics-retention-csv = Descargar la tabla de retención (CSV)

## Rechazos del periodo pedido

analytics-period-days = Elige 7, 30 o 90 días, o indica una fecha de inicio y una de fin.
analytics-period-from = Indica la fecha de inicio («Desde») como AAAA-MM-DD.
analytics-period-to = Indica la fecha de fin («Hasta») como AAAA-MM-DD.
analytics-period-reversed = La fecha de fin («Hasta») es anterior a la de inicio («Desde»).
analytics-period-too-long = Un periodo puede durar como máximo 5 años: elige un inicio posterior o un final anterior.

## Las pestañas de periodo del panel

analytics-period = Periodo
