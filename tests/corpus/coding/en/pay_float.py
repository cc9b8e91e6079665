def pay(hours, rate):
    extra = 0.0
    if hours > 40:
        extra = (hours - 40) * rate * 1.5
        hours = 40
    return hours * rate + extra
