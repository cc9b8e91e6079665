name = input("الاسم: ")
print(f"مرحبا يا {name}!")
