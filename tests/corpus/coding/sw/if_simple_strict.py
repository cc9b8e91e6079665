age = int(input("Umri: "))
if age > 18:
    print("Unaweza kusaini mkataba.")
