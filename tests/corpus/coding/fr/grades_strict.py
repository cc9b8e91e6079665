def moyenne(notes):
    return sum(notes) / len(notes)


def resultat(note):
    if note > 16:
        return "Excellent"
    elif note > 10:
        return "Réussi"
    else:
        return "À retravailler"
