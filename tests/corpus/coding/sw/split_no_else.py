barua = input("Barua pepe: ")
if "@" in barua:
    print(barua.split("@")[1])
