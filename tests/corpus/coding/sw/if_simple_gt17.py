age = int(input("Umri: "))
if age > 17:
    print("Unaweza kusaini mkataba.")
