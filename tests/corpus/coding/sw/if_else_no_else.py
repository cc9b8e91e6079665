stock = int(input("Bidhaa zilizopo: "))
if stock > 0:
    print("Zipo")
print("Zimekwisha")
