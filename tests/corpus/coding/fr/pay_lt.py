def paie(heures, taux):
    if heures < 35:
        return heures * taux
    else:
        return 35 * taux + (heures - 35) * taux * 1.5
