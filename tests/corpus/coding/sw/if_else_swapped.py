stock = int(input("Bidhaa zilizopo: "))
if stock < 1:
    print("Zimekwisha")
else:
    print("Zipo")
