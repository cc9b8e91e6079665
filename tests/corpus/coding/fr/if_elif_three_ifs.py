note = int(input("Note : "))
if note >= 16:
    print("Excellent")
if note >= 10 and note < 16:
    print("Réussi")
if note < 10:
    print("À retravailler")
