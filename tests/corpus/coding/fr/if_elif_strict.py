note = int(input("Note : "))
if note > 16:
    print("Excellent")
elif note > 10:
    print("Réussi")
else:
    print("À retravailler")
