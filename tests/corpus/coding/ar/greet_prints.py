def greet(name):
    print("مرحبا يا " + name + "!")
