note = int(input("Note : "))
if note > 0:
    print("Excellent")
