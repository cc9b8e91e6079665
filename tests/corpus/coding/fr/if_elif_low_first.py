note = int(input("Note : "))
if note < 10:
    print("À retravailler")
elif note < 16:
    print("Réussi")
else:
    print("Excellent")
