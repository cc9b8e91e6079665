def paie(heures, taux):
    extra = 0.0
    if heures > 35:
        extra = (heures - 35) * taux * 1.5
        heures = 35
    return heures * taux + extra
