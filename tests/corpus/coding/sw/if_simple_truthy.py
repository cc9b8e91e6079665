age = int(input("Umri: "))
if age:
    print("Unaweza kusaini mkataba.")
