stock = int(input("Bidhaa zilizopo: "))
if stock > 100:
    print("Zipo")
else:
    print("Zimekwisha")
