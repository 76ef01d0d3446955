# La interfaz de Chorus en español. Tratamos de tú a los miembros, como es habitual en una comunidad.
# Traducido de en/: las mismas claves y los mismos marcadores.

## Común

loading = Cargando…
switch-current = (actual)
points-amount = { $points ->
    [one] { $points } punto
   *[other] { $points } puntos
}
