def greet(name):
    print("Karibu, " + name + "!")
