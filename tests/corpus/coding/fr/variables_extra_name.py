heures = 35
taux = 12
week = heures * taux
print(week)
