barua = input("Barua pepe: ")
if "@" not in barua:
    print("Hii si anwani ya barua pepe.")
else:
    parts = barua.split("@")
    print(parts[-1])
