score = int(input("العلامة: "))
if score > 0:
    print("ممتاز")
