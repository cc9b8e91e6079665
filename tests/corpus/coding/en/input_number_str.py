h = int(input("Hours worked: "))
print("Pay: " + str(h * 15))
